#pragma once
// Result type for expected failures (network, parse, disk, config, scripts).
// Programmer errors are MARQUEE_CHECKs (on in release); anything a user or the world can cause
// is a Result.
#include <string>
#include <utility>
#include <variant>

#include "core/check.hpp"

namespace marquee::core {

struct Error {
  std::string message;
};

// A value or an Error carrying a message with context (file, JSON path, line).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & {
    MARQUEE_CHECK(ok(), "value() of a Result holding an error");
    return std::get<T>(state_);
  }
  const T& value() const& {
    MARQUEE_CHECK(ok(), "value() of a Result holding an error");
    return std::get<T>(state_);
  }
  T&& value() && {
    MARQUEE_CHECK(ok(), "value() of a Result holding an error");
    return std::get<T>(std::move(state_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const {
    MARQUEE_CHECK(!ok(), "error() of a Result holding a value");
    return std::get<Error>(state_);
  }

 private:
  std::variant<T, Error> state_;
};

struct Ok {};

// Result<void>: success or an Error.
using Status = Result<Ok>;

inline Error make_error(std::string message) {
  return Error{std::move(message)};
}

}  // namespace marquee::core

-- Asking load for binary mode explicitly.
load("return 1", "chunk", "b")

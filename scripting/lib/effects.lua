-- Effects staff use in shows: chases, waves across zones, colour washes and flashes.
-- local fx = require("effects")
local fx = {}

-- Runs a chase over `selector` for `seconds` (nil: until the cue stops), then releases it.
-- opts: period (s per full pass, default 2), width (fixtures lit at once), low, high, attribute.
function fx.chase(selector, seconds, opts)
  light.chase(selector, opts)
  if seconds then
    wait(seconds)
    light.release(selector)
  end
end

-- Rolls a sine wave of intensity around the given zones in order: every fixture of a zone moves
-- in step, and each zone lags the previous one by period / #zones.
-- zones: e.g. {"north", "east", "south", "west"}; seconds: nil runs until the cue stops.
function fx.wave_zones(zones, seconds, opts)
  opts = opts or {}
  local period = opts.period or 4
  for i, zone in ipairs(zones) do
    spawn(function()
      local delay = (i - 1) * period / #zones
      if delay > 0 then wait(delay) end
      light.wave(zone, { period = period, low = opts.low or 0, high = opts.high or 1, spread = 0 })
      if seconds then
        wait(seconds - delay)
        light.release(zone)
      end
    end, "wave:" .. zone)
  end
end

-- Fades every zone to a colour one after another, `step` seconds apart.
function fx.color_sweep(zones, color, fade, step, easing)
  for _, zone in ipairs(zones) do
    light.fade(zone, { color = color, intensity = 1 }, fade, easing or "ease-in-out")
    wait(step)
  end
end

-- A short full-intensity flash on `selector` (e.g. the moment the show starts).
function fx.flash(selector, seconds)
  light.set(selector, { intensity = 1 })
  light.fade(selector, { intensity = 0 }, seconds or 0.5, "ease-out")
end

return fx

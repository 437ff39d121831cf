-- Night of the Digital City: the closing show of the conference's last day at the Beijing main
-- venue. Kiosks count down to 20:00 (venue time), the facade plays waves across its four zones,
-- titles appear in English and Chinese (Spanish where given), and at the end every kiosk goes
-- back to its normal screens.
--
-- Try it:  marquee show simulate scripting/shows/night_of_digital_city.lua \
--            --date 2026-05-22 --from 19:30:00 --to 20:15:00 --timeline night.png
local fx = require("effects")

local ZONES = { "north", "east", "south", "west" }
local SHOW_TIME = "20:00:00"

local TITLE = { en = "Night of the Digital City", zh = "数字城市之夜", es = "La Noche de la Ciudad Digital" }
local STARTS_IN = { en = "The show begins in", zh = "灯光秀即将开始", es = "El espectáculo empieza en" }
local THANKS = {
  en = "Thank you for three days of ideas. See you next year!",
  zh = "感谢三天的精彩分享，明年再见！",
  es = "Gracias por tres días de ideas. ¡Hasta el año que viene!",
}
local LOOK_UP = { en = "Look up at the facade", zh = "请抬头看外墙灯光", es = "Mira la fachada" }

-- Dusk: warm the facade gently once the sun is down (but never later than 19:50).
cue("dusk", function()
  wait_until(math.min(sunset + minutes(10), at("19:50:00")))
  light.fade("facade", { color = "#ff9a3c", intensity = 0.35 }, 60, "ease-in-out")
  light.fade("lobby", { intensity = 0.6 }, 30)
end)

-- 19:55: every kiosk counts down; the facade breathes in deep blue.
cue("countdown", function()
  display.countdown(SHOW_TIME, STARTS_IN, "all")
  display.overlay(LOOK_UP, "tag:entrance")
  light.fade("facade", { color = "#1030a0", intensity = 0.5 }, 20, "ease-in-out")
  wait(25)
  light.wave("facade", { period = 6, low = 0.25, high = 0.6 })
end)

-- 20:00: the show itself, about eight minutes.
cue("show", function()
  stop("countdown")
  display.overlay_off("all")
  display.gradient("#000814", "#003566", "all")
  fx.flash("facade", 1.0)
  wait(1)
  display.text(TITLE, "all", "#000814")

  -- Act 1: a slow cyan wave rolls around the building, zone after zone.
  light.set("facade", { color = "#00e5ff" })
  fx.wave_zones(ZONES, 90, { period = 8, low = 0.1, high = 1 })
  light.fade("stage.spot.*", { intensity = 1, color = "#00e5ff", pan = 0.2, tilt = 0.6 }, 4, "ease-out")
  wait(45)
  light.fade("stage.spot.*", { pan = 0.8, tilt = 0.4 }, 40, "ease-in-out")
  wait(45)

  -- Act 2: the city's colours sweep across the zones, then each zone chases.
  display.scroll(THANKS, "all", "#14213d")
  fx.color_sweep(ZONES, "#ffc300", 3, 4)
  fx.color_sweep(ZONES, "#e63946", 3, 4, "ease-in")
  -- Intensity from parallel cues combines highest-wins: dim this cue's facade so the chases show.
  light.fade("facade", { intensity = 0 }, 1)
  parallel(
    function() fx.chase("facade.north.*", 40, { period = 2, width = 3, low = 0.05 }) end,
    function() fx.chase("facade.east.*", 40, { period = 2, width = 3, low = 0.05 }) end,
    function() fx.chase("facade.south.*", 40, { period = 2, width = 3, low = 0.05 }) end,
    function() fx.chase("facade.west.*", 40, { period = 2, width = 3, low = 0.05 }) end
  )

  -- Act 3: zone titles face each side of the square, then one fast wave.
  display.text({ en = "North Gate", zh = "北门" }, "zone:north")
  display.text({ en = "East Gallery", zh = "东廊" }, "zone:east")
  light.fade("facade", { color = "#7b2cbf", intensity = 0.2 }, 5, "ease-in-out")
  wait(5)
  fx.wave_zones(ZONES, 60, { period = 3, low = 0.2, high = 1 })
  wait(60)

  -- Finale: white flash, fade to a calm after-show glow; kiosks back to normal.
  light.set("facade", { color = "#ffffff" })
  fx.flash("facade", 4)
  light.fade("stage.spot.*", { intensity = 0 }, 6, "ease-in")
  display.text(TITLE, "all", "#000000")
  wait(8)
  light.fade("facade", { color = "#ff9a3c", intensity = 0.3 }, 20, "ease-in-out")
  display.end_show("all")
  display.scene("schedule", "tag:entrance")
end)

start("dusk")
start_at("19:55:00", "countdown")
start_at(SHOW_TIME, "show")

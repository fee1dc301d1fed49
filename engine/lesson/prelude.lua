-- prelude.lua — the lesson API, as lesson authors see it (documented in lessons/API.md).
-- Compiled into the engine and run in each lesson's sandbox before the lesson itself.
-- Every function here only builds a plain table describing a Screen and yields it; the
-- engine checks and translates it in C. Locals are captured now, so a lesson that
-- overwrites globals can only confuse itself.
local show, lang, score_fn = ...
local type, error, ipairs, tostring, setmetatable = type, error, ipairs, tostring, setmetatable
local unpack = table.unpack

local unscored = false -- no_score(): the lesson is not a test

-- Shows a screen and waits for the learner. The engine answers with a table:
-- { choice = i, picked = { i, ... }, misses = n, correct = bool, points = n, max = n }
local function ask(screen)
  screen.unscored = unscored
  return show(screen)
end

-- no_score(), at the top of a lesson that is not a test (someone else's hard time, a
-- lesson about shame): its feedback never says "wrong" in red and its result shows no
-- score.
function no_score()
  unscored = true
end

local function need_table(t, fn)
  if type(t) ~= "table" then
    error(fn .. " needs a table: " .. fn .. " { ... }", 3)
  end
end

local function need_id(t, fn)
  if type(t.id) ~= "string" then
    error(fn .. " needs an id = \"...\" that stays the same when texts change", 3)
  end
end

-- { "text_key", correct = true, feedback = "key", id = "optional_id" } or "text_key"
local function options_of(t, fn)
  local list = {}
  for i, o in ipairs(t) do
    if type(o) == "string" then o = { o } end
    if type(o) ~= "table" or type(o[1]) ~= "string" then
      error(fn .. ": option " .. i .. " must look like { \"text_key\", feedback = \"key\" }", 3)
    end
    list[i] = { id = o.id or o[1], text = o[1], feedback = o.feedback, correct = o.correct == true,
                danger = o.danger == true }
  end
  return list
end

--- Pages and questions ------------------------------------------------------------

function page(t)
  need_table(t, "page")
  ask { kind = "page", title = t.title, text = t.text, image = t.image, audio = t.audio }
end

-- Returns the id of the chosen option and whether it was right.
function choose(t)
  need_table(t, "choose")
  need_id(t, "choose")
  local options = options_of(t, "choose")
  local a = ask { kind = "choice", id = t.id, title = t.title, text = t.question,
                  image = t.image, audio = t.audio, options = options }
  local o = options[a.choice]
  return o.id, o.correct
end

-- Returns the list of chosen option ids and whether exactly the right ones were chosen.
function choose_all(t)
  need_table(t, "choose_all")
  need_id(t, "choose_all")
  local options = options_of(t, "choose_all")
  local a = ask { kind = "multi", id = t.id, title = t.title, text = t.question,
                  image = t.image, audio = t.audio, options = options }
  local chosen = {}
  for _, i in ipairs(a.picked) do chosen[#chosen + 1] = options[i].id end
  return chosen, a.correct
end

-- The learner types a practice passphrase on the kiosk's keyboard and the engine rates
-- it. The typed text never reaches the lesson (nor the statistics): only the level.
-- Returns "weak", "fair" or "strong", and whether it was strong.
function try_password(t)
  need_table(t, "try_password")
  need_id(t, "try_password")
  local options = {}
  for i, level in ipairs { "weak", "fair", "strong" } do
    local o = t[level]
    if type(o) ~= "table" or type(o[1]) ~= "string" then
      error("try_password needs " .. level .. " = { \"text_key\", feedback = \"key\" }", 2)
    end
    options[i] = { id = level, text = o[1], feedback = o.feedback, correct = level == "strong" }
  end
  local a = ask { kind = "password", id = t.id, title = t.title, text = t.question, options = options }
  return options[a.choice].id, a.correct
end

--- Messages drawn as on a phone ------------------------------------------------------

local function message(kind)
  return function(t)
    if type(t) == "string" then t = { t } end
    need_table(t, kind)
    local parts = t.text and { t.text } or { unpack(t) }
    return { kind = kind, from = t.from, subject = t.subject, app = t.app, time = t.time,
             parts = parts }
  end
end

sms = message("sms")
email = message("email")
post = message("post")
thread = message("chat")

-- The learner taps the suspicious parts of a message. The message texts mark each red
-- flag as {flag_id|the words}; flags = { flag_id = "explanation_key", ... }.
-- Returns how many flags were found and how many there were.
function spot_flags(t)
  need_table(t, "spot_flags")
  need_id(t, "spot_flags")
  if type(t.message) ~= "table" then error("spot_flags needs a message = sms { ... }", 2) end
  if type(t.flags) ~= "table" then error("spot_flags needs flags = { flag_id = \"key\" }", 2) end
  local a = ask { kind = "flags", id = t.id, title = t.title, text = t.text,
                  message = t.message, flags = t.flags }
  return a.points, a.max
end

-- Safe or scam? One card per message: { id =, message =, scam = true/false, why = }.
-- Returns how many were sorted right and how many cards there were.
function sort(t)
  need_table(t, "sort")
  need_id(t, "sort")
  local n, right = #t, 0
  for i, card in ipairs(t) do
    if type(card) ~= "table" or type(card.id) ~= "string" then
      error("sort: card " .. i .. " needs an id", 2)
    end
    local a = ask { kind = "decide", id = t.id .. "." .. card.id, title = t.title,
                    text = t.question, message = card.message, scam = card.scam == true,
                    why = card.why, step = i, steps = n }
    if a.correct then right = right + 1 end
  end
  return right, n
end

--- Chat simulation --------------------------------------------------------------------

local Chat = {}
Chat.__index = Chat

-- A conversation with someone: chat { id = "otp_chat", with = "friend_name" }.
function chat(t)
  need_table(t, "chat")
  need_id(t, "chat")
  return setmetatable({ id = t.id, contact = t.with, app = t.app, bubbles = {}, shown = 0 },
                      Chat)
end

local function snapshot(c)
  local list = {}
  for i, b in ipairs(c.bubbles) do
    list[i] = { text = b.text, mine = b.mine, fresh = i > c.shown }
  end
  c.shown = #c.bubbles
  return list
end

-- The other person writes.
function Chat:says(key)
  self.bubbles[#self.bubbles + 1] = { text = key, mine = false }
end

-- The learner's side writes (without a choice).
function Chat:me(key)
  self.bubbles[#self.bubbles + 1] = { text = key, mine = true }
end

-- The learner picks a reply; it is added to the conversation. Returns its id and
-- whether it was a safe reply (correct = true).
function Chat:reply(t)
  need_table(t, "reply")
  need_id(t, "reply")
  local options = options_of(t, "reply")
  local a = ask { kind = "chat", id = t.id, contact = self.contact, app = self.app,
                  text = t.question, bubbles = snapshot(self), options = options }
  local o = options[a.choice]
  self.bubbles[#self.bubbles + 1] = { text = o.text, mine = true }
  self.shown = #self.bubbles
  return o.id, o.correct
end

-- Shows the conversation so far with a Continue button.
function Chat:show()
  ask { kind = "chat", id = self.id, contact = self.contact, app = self.app,
        bubbles = snapshot(self) }
end

--- The end ----------------------------------------------------------------------------

-- result { takeaways = { "key", ... }, help = "scam" }: score, takeaways and the help
-- line for the topic ("scam", "trafficking", "child", "cyber", "emergency").
-- score = false leaves the score out (a lesson where a score would feel wrong).
function result(t)
  t = t or {}
  need_table(t, "result")
  ask { kind = "result", title = t.title, takeaways = t.takeaways, help = t.help,
        hide_score = t.score == false or unscored }
end

-- Points so far, and the most that could have been scored.
function score()
  return score_fn()
end

-- The language the lesson is shown in ("en", "ms", "th", "ne", ...).
function language()
  return lang
end

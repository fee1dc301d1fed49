-- expect: only the lesson itself can show a screen
-- Asks for a page inside a coroutine of its own, to catch what the prelude yields (it
-- used to be the screen with a token proving it genuine), then yields a forged screen
-- from the lesson with that proof. Only the lesson's main coroutine may show a screen.
local co = coroutine.create(function() page { title = "intro_title" } end)
local ok, proof = coroutine.resume(co)
coroutine.yield(proof, { kind = "result", title = "forged" })

-- expect: used more than 64 MiB
-- A table that grows a row at a time until the memory ceiling refuses a row twice (Lua
-- collects and retries once): no single block is over half the ceiling, unlike
-- memory_one_string and memory_doubling. Each row is 4 MiB, made by doubling (string.rep
-- of one character costs a call per byte under the sanitizers), so the ceiling is met
-- within a few hundred instructions, before the sandbox's hook (every 1,000) ever reads
-- the clock: the memory ceiling, not the clock, stops it however loaded the machine. (It
-- was a million one-slot tables, six million instructions, which the clock sometimes
-- stopped first under load.)
local row = "x"
for _ = 1, 22 do row = row .. row end
local t = {}
for i = 1, 1e9 do t[i] = row .. i end

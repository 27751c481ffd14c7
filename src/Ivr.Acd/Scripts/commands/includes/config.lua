--[[
  The routing configuration as Routing/RulesPayload.cs writes it (every time in milliseconds).
  cfg (ARGV: Config), every rule at once:
    t   reservation timeout         rd  delay after a reject        nd  delay after a no-answer
    rl  delay after the caller of a counselor being rung hung up (their ring is stopped first)
    mn  no-answers in a row before the counselor is set to Missed
    st  a caller whose heartbeat is older than this is lost (0: never)
    ri  a callback's wait after a failed attempt  ma  attempts before a callback ends as failed
    dt  how long a callback's dial may take before the sweep counts it as a failed attempt (expired)
    l   language -> rule
  rule (cfg.l[lang], or the Rule argument of one language):
    steps    {after, level} pairs: from this wait on, this proficiency level is required
    maxlen   most callers waiting (0: no limit)     maxwait  longest wait (0: none), then outcome
    outcome  what the server does with a caller who waited maxwait
    wrap     wrap-up time                            aht      handle time until one is measured
    prio     tag -> priority class it raises a caller to
    teams    tag -> window in which only that team's counselors take a caller with the tag (optional)
    ovf      overflow (optional): l language, a after this wait, v at this level
]]
local function load_config() return cjson.decode(@Config) end

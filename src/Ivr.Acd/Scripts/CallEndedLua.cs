namespace Ivr.Acd.Scripts;

/// <summary>A connected call ended: the caller record goes, the counselor enters wrap-up.</summary>
internal static class CallEndedLua
{
    public const string Body = """
        local g = guard()
        if g then return g end
        local cfg = cjson.decode(@Config)
        local sid = @Id
        local c = getj(@Callers, sid)
        if not c or c.st ~= 'connected' then return done({o = 'none'}) end
        local a = call_end(sid, c, cfg)
        local gl = {}
        if a and a.ix then gl = langs_of(a) end
        return done({o = 'ended', g = c.ag, st = (a and a.st) or '', gl = gl})
        """;
}

namespace Ivr.Acd.Scripts;

/// <summary>
/// A connected call ended: the caller record goes, the counselor enters wrap-up. With a counselor given (@Action),
/// only their own call ends: a late callback from a counselor who transferred the caller changes nothing.
/// </summary>
internal static class CallEndedLua
{
    public const string Body = """
        local g = guard()
        if g then return g end
        local cfg = cjson.decode(@Config)
        local sid = @Id
        local c = getj(@Callers, sid)
        if not c or c.st ~= 'connected' then return done({o = 'none'}) end
        if @Action ~= '' and c.ag ~= @Action then return done({o = 'none'}) end
        local a, b = call_end(sid, c, cfg)
        local gl = {}
        if a and a.ix then gl = langs_of(a) end
        if b and b.ix then for _, l in ipairs(langs_of(b)) do gl[#gl + 1] = l end end
        return done({o = 'ended', g = c.ag, st = (a and a.st) or '', gl = gl})
        """;
}

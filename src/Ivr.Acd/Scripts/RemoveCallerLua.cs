namespace Ivr.Acd.Scripts;

/// <summary>A caller left (hang-up or a reason the server gives); a reserved counselor is freed at once.</summary>
internal static class RemoveCallerLua
{
    public const string Body = """
        local g = guard()
        if g then return g end
        local cfg = cjson.decode(@Config)
        local sid = @Id
        local c = getj(@Callers, sid)
        if not c then return done({o = 'none'}) end
        local prev = c.st
        local freed = caller_leave(sid, c, @Reason, cfg, @Day, '')
        local gl = {}
        if freed and freed.ix then gl = langs_of(freed) end
        return done({o = 'removed', st = prev, l = c.l, gl = gl})
        """;
}

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>
/// The writer's two Redis round trips per batch. Each is one script so that what it counts cannot race the cap's
/// trimming or another writer: an entry trimmed before it was written is counted once, in
/// <c>{cc:NAME}:events:trimmed-unwritten</c> (KEYS[2], same hash slot as the stream), which survives restarts.
/// </summary>
public static class OutboxScripts
{
    private const string Helpers = """
        local function field(list, name)
          for i = 1, #list, 2 do if list[i] == name then return list[i + 1] end end
        end
        local function parse(id)
          local ms, seq = string.match(id, '^(%d+)-(%d+)$')
          return tonumber(ms), tonumber(seq)
        end
        local function older(a, b)
          local am, as = parse(a)
          local bm, bs = parse(b)
          return am < bm or (am == bm and as < bs)
        end
        local function ourgroup(stream, group)
          for _, g in ipairs(redis.call('XINFO', 'GROUPS', stream)) do
            if field(g, 'name') == group then return g end
          end
        end
        """;

    /// <summary>
    /// ARGV: group, consumer, count, claim idle ms. Claims entries a dead consumer left pending (XAUTOCLAIM); the trimmed
    /// ones it drops from the group and returns as ids are counted here. Returns {trimmed unwritten counted, entries}.
    /// </summary>
    public const string Claim = """
        local claimed = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[4], '0-0', 'COUNT', ARGV[3])
        if #claimed[3] > 0 then redis.call('INCRBY', KEYS[2], #claimed[3]) end
        return {#claimed[3], claimed[2]}
        """;

    /// <summary>
    /// ARGV: group. Run in the same MULTI as the XREADGROUP of new entries that follows it, so no trim comes between.
    /// Compares what the stream ever removed with what the group ever read: when the group's last entry is gone, the
    /// difference was trimmed (the MAXLEN cap) before the group was given it. Redis counts reads without such a gap, so
    /// the group's read counter is set to include them (this keeps XINFO's lag true) and they are counted once.
    /// Returns {trimmed unwritten counted, stream length}.
    /// </summary>
    public const string CountTrimmedUnread = Helpers + "\n" + """
        local stream, counter, group = KEYS[1], KEYS[2], ARGV[1]
        local g = ourgroup(stream, group)
        local info = redis.call('XINFO', 'STREAM', stream)
        local length = field(info, 'length')
        if not g then return {0, length} end
        local delivered, read, first = field(g, 'last-delivered-id'), field(g, 'entries-read'), field(info, 'first-entry')
        local removed = field(info, 'entries-added') - length
        if read and removed > read and (not first or older(delivered, first[1])) then
          redis.call('INCRBY', counter, removed - read)
          redis.call('XGROUP', 'SETID', stream, group, delivered, 'ENTRIESREAD', removed)
          return {removed - read, length}
        end
        return {0, length}
        """;

    /// <summary>
    /// ARGV: group, tail margin ms, k, then the batch's entry ids, the k trimmed ones first. Acknowledges them (a trimmed
    /// one counts only if this call acknowledged it, so a replayed batch counts nothing), then trims what the group has
    /// written but for the margin before its last entry and anything still pending. Returns {trimmed unwritten counted,
    /// lag (undelivered plus pending), stream length}.
    /// </summary>
    public const string AckAndTrim = Helpers + "\n" + """
        local stream, counter = KEYS[1], KEYS[2]
        local group, margin, k = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
        local lost = 0
        for i = 4, 3 + k do lost = lost + redis.call('XACK', stream, group, ARGV[i]) end
        if lost > 0 then redis.call('INCRBY', counter, lost) end
        for i = 4 + k, #ARGV, 500 do redis.call('XACK', stream, group, unpack(ARGV, i, math.min(i + 499, #ARGV))) end
        local g = ourgroup(stream, group)
        if not g then return {lost, 0, redis.call('XLEN', stream)} end
        local delivered = field(g, 'last-delivered-id')
        local ms = parse(delivered)
        local keep = string.format('%.0f-0', math.max(0, ms - margin))
        local pending = redis.call('XPENDING', stream, group)
        if pending[1] > 0 and older(pending[2], keep) then keep = pending[2] end
        redis.call('XTRIM', stream, 'MINID', keep)
        return {lost, (field(g, 'lag') or 0) + field(g, 'pending'), redis.call('XLEN', stream)}
        """;
}

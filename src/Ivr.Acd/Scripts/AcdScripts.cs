using StackExchange.Redis;

namespace Ivr.Acd.Scripts;

/// <summary>The prepared scripts; StackExchange.Redis sends them by SHA and reloads them if Redis lost them.</summary>
internal static class AcdScripts
{
    private const string Prelude = LuaCore.Text + LuaAgents.Text + LuaCallers.Text + LuaFlow.Text;

    public static readonly LuaScript Enqueue = LuaScript.Prepare(Prelude + EnqueueLua.Body);
    public static readonly LuaScript Match = LuaScript.Prepare(MatchLua.Text);
    public static readonly LuaScript CallerStatus = LuaScript.Prepare(Prelude + CallerStatusLua.Body);
    public static readonly LuaScript TagCaller = LuaScript.Prepare(Prelude + TagCallerLua.Body);
    public static readonly LuaScript RemoveCaller = LuaScript.Prepare(Prelude + RemoveCallerLua.Body);
    public static readonly LuaScript CallEnded = LuaScript.Prepare(Prelude + CallEndedLua.Body);
    public static readonly LuaScript Reservation = LuaScript.Prepare(Prelude + ReservationLua.Body);
    public static readonly LuaScript Presence = LuaScript.Prepare(Prelude + PresenceLua.Body);
    public static readonly LuaScript UpsertCounselor = LuaScript.Prepare(Prelude + CounselorAdminLua.Upsert);
    public static readonly LuaScript RemoveCounselor = LuaScript.Prepare(Prelude + CounselorAdminLua.Remove);
    public static readonly LuaScript Sweep = LuaScript.Prepare(Prelude + SweepLua.Body);
    public static readonly LuaScript Statistics = LuaScript.Prepare(Prelude + StatisticsLua.Body);
    public static readonly LuaScript Transfer = LuaScript.Prepare(Prelude + LuaInCall.Text + TransferLua.Body);
    public static readonly LuaScript Consult = LuaScript.Prepare(Prelude + LuaInCall.Text + ConsultLua.Body);
}

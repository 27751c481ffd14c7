using Ivr.Server.Planning.Forecasting;
using Ivr.Server.Planning.Queueing;

namespace Ivr.Server.Planning;

/// <summary>
/// Counselors a forecast half hour needs for a target: <paramref name="ErlangC"/> (callers wait for ever) and
/// <paramref name="ErlangA"/> (they hang up after the language's measured patience), with <paramref name="Required"/> the
/// one used: Erlang A when the language's patience was measured, Erlang C otherwise. <paramref name="Achieved"/> is what
/// the required number delivers under the model used.
/// </summary>
public sealed record RequirementCell(ForecastCell Forecast, double? PatienceSeconds, int ErlangC, int ErlangA, int Required, string Model, QueueMetrics Achieved)
{
    public const string ErlangAModel = "erlang-a", ErlangCModel = "erlang-c";

    public static RequirementCell For(ForecastCell cell, double? patienceSeconds, StaffingTarget target)
    {
        var load = cell.Offered * cell.HandleSeconds / (ForecastCell.Minutes * 60);
        var c = RequiredCounselors.ErlangC(target, load, cell.HandleSeconds);
        if (patienceSeconds is not { } patience)
        {
            return new RequirementCell(cell, null, c.Counselors, c.Counselors, c.Counselors, ErlangCModel, c);
        }
        var a = RequiredCounselors.ErlangA(target, load, cell.HandleSeconds, patience);
        return new RequirementCell(cell, patience, c.Counselors, a.Counselors, a.Counselors, ErlangAModel, a);
    }
}

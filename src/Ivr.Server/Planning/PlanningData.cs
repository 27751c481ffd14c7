using Ivr.Server.CallRecords;
using Ivr.Server.CallRecords.Pipeline;
using Ivr.Server.Configuration;
using Ivr.Server.Hours;
using Ivr.Server.Planning.Forecasting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Ivr.Server.Planning;

/// <summary>Reads what planning works from: the <c>daily_interval</c> rollup (never the call rows), the holiday calendar and today's date.</summary>
public sealed class PlanningData(RecordsContextSource contexts, ConfigurationCache configuration, IOptions<CallRecordsOptions> options, TimeProvider clock)
{
    /// <summary>The first forecast day by default: today in the records time zone (the history ends with yesterday).</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), options.Value.ResolveTimeZone()).DateTime);

    public async Task<Func<DateOnly, Holiday?>> HolidaysAsync(CancellationToken cancellationToken)
    {
        var hours = (await configuration.GetAsync(cancellationToken)).Hours;
        return hours.HolidayOn;
    }

    /// <summary>Rollup rows of days [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<List<IntervalCount>> HistoryAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT day, language, interval, offered, abandoned, handled, handle_seconds, wait_seconds
            FROM records.daily_interval WHERE day >= $1 AND day < $2
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = from, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = to, NpgsqlDbType = NpgsqlDbType.Date });
        var rows = new List<IntervalCount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new IntervalCount(
                reader.GetFieldValue<DateOnly>(0), reader.GetString(1), reader.GetInt16(2), reader.GetInt32(3), reader.GetInt32(4),
                reader.GetInt32(5), reader.GetDouble(6), reader.GetDouble(7)));
        }
        return rows;
    }
}

using Ivr.Server.CallRecords.Pipeline;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Ivr.Server.Reporting;

/// <summary>Runs one report query and returns its rows as a <see cref="ReportTable"/>.</summary>
public sealed class ReportSql(RecordsContextSource contexts)
{
    public async Task<ReportTable> QueryAsync(string name, string definition, string sql, ReportRange range, IReadOnlyList<string> columns,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var db = contexts.Create();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = range.From });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = range.To });
        command.Parameters.AddWithValue("unit", range.Unit);
        command.Parameters.AddWithValue("format", range.Format);
        foreach (var (parameterName, value) in parameters)
        {
            command.Parameters.AddWithValue(parameterName, value);
        }
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) is double d ? Math.Round(d, 2) : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return new ReportTable(name, definition, columns, rows);
    }
}

using Ivr.Server.CallRecords.Model;
using Npgsql;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>Writes the rows of calls that had none by binary COPY, with the same columns as <see cref="CallRowUpsert"/>.</summary>
public static class CallRowCopy
{
    private static readonly string Sql = $"COPY records.calls ({string.Join(", ", CallRowUpsert.Columns.Select(c => c.Column))}) FROM STDIN (FORMAT BINARY)";

    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<CallRecord> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await using var importer = await connection.BeginBinaryImportAsync(Sql, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in CallRowUpsert.Columns)
            {
                await column.Copy(importer, row, cancellationToken);
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }
}

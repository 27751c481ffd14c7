using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>
/// While <see cref="Down"/>, points every connection the writer opens at a closed port, so PostgreSQL is really
/// unreachable for the writer while the shared server keeps running for everyone else.
/// </summary>
public sealed class FaultInjector : DbConnectionInterceptor
{
    public volatile bool Down;

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Down)
        {
            connection.ConnectionString = new NpgsqlConnectionStringBuilder(connection.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        }
        return ValueTask.FromResult(result);
    }
}

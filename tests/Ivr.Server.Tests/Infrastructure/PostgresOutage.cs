using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Ivr.Server.Tests.Infrastructure;

/// <summary>Every command of the context it is added to fails as an unreachable server fails (an NpgsqlException without SQLSTATE) while on.</summary>
public sealed class PostgresOutage : DbCommandInterceptor
{
    public volatile bool On;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        On ? throw new NpgsqlException("PostgreSQL is away (test)") : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        On ? throw new NpgsqlException("PostgreSQL is away (test)") : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
}

using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ivr.Server.CallRecords.Pipeline;

/// <summary>An EF interceptor applied to the call-record writer's database work only (tests inject faults with it).</summary>
public sealed record RecordsWriterInterceptor(IInterceptor Interceptor);

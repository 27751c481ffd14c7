using Ivr.Server.Auditing;
using Ivr.Server.Authorization;
using Ivr.Server.CallRecords;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ivr.Server.CallNotes;

/// <summary>
/// A call's wrap-up notes (<c>GET /api/calls/{callSid}/notes</c>), opened on the server from their sealed form, and for
/// supervisors and operations the caller's earlier calls (<c>/history</c>; counselors read it for their own call through
/// <c>/api/counselor/calls/{callSid}/history</c>). A sensitive call's notes are for <see cref="NoteReaders"/> only;
/// every read of them, and every refusal, is audited.
/// </summary>
public static class CallNotesApi
{
    public sealed record CallNotesView(string CallSid, bool Sensitive, IReadOnlyList<CallNote> Notes);

    public static IEndpointRouteBuilder MapCallNotes(this IEndpointRouteBuilder endpoints)
    {
        var calls = endpoints.MapGroup("/api/calls/{callSid}").WithTags("Call notes");
        calls.MapGet("/notes", ReadAsync).WithName("call-notes").RequireAuthorization(policy => policy.RequireRole(Roles.All));
        calls.MapGet("/history", HistoryAsync).WithName("call-history")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Operations));
        return endpoints;
    }

    /// <summary>The same answer for whoever asks (counselors through their own route).</summary>
    public static async Task<Results<Ok<IReadOnlyList<EarlierCall>>, NotFound, ValidationProblem>> HistoryAsync(
        string callSid, HttpContext context, CallHistory history, CancellationToken cancellationToken)
    {
        if (callSid.Length > 64)
        {
            return TooLong();
        }
        return await history.ReadAsync(context.User, callSid, cancellationToken) is { } earlier ? TypedResults.Ok(earlier) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<CallNotesView>, NotFound, ForbidHttpResult, ValidationProblem>> ReadAsync(
        string callSid, HttpContext context, RecordsDbContext records, CallNotesReader notes, AuditLog audit, CancellationToken cancellationToken)
    {
        if (callSid.Length > 64)
        {
            return TooLong();
        }
        if (!await records.Calls.AnyAsync(row => row.CallSid == callSid, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var sensitive = await notes.SensitiveAsync([callSid], cancellationToken);
        var read = await notes.ReadAsync(context.User, [callSid], sensitive, cancellationToken);
        if (!read.TryGetValue(callSid, out var callNotes))
        {
            await audit.WriteAsync(CallNotesReader.RefusedAction, callSid, cancellationToken: cancellationToken);
            return TypedResults.Forbid();
        }
        return TypedResults.Ok(new CallNotesView(callSid, sensitive.Count > 0, callNotes));
    }

    private static ValidationProblem TooLong() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["callSid"] = ["A call id has at most 64 characters."] });
}

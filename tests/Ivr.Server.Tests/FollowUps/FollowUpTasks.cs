using Ivr.Server.FollowUps;
using Ivr.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ivr.Server.Tests.FollowUps;

/// <summary>Follow-up tasks written straight into a test server's database, as the intake would.</summary>
public static class FollowUpTasks
{
    public static async Task<FollowUpTask> AddAsync(this IvrServerFactory server, string language, DateTimeOffset createdAt, string? recordingSid = null,
        string? callerProtected = null, byte[]? callerHash = null, int seconds = 21)
    {
        var task = new FollowUpTask
        {
            Id = Guid.CreateVersion7(createdAt),
            Kind = FollowUpKinds.Message,
            Language = language,
            CallSid = "CA" + Guid.NewGuid().ToString("N"),
            RecordingSid = recordingSid ?? "RE" + Guid.NewGuid().ToString("N"),
            RecordingSeconds = seconds,
            CreatedAt = createdAt,
            CallerProtected = callerProtected,
            CallerHash = callerHash,
        };
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FollowUpsDbContext>();
        db.Tasks.Add(task);
        await db.SaveChangesAsync();
        return task;
    }

    public static async Task<FollowUpTask?> FindAsync(this IvrServerFactory server, Guid id)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FollowUpsDbContext>().Tasks.FindAsync(id);
    }
}

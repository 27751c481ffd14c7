using Ivr.Server.Redis;
using Microsoft.Extensions.Options;

namespace Ivr.Server.Lawyers;

/// <summary>Every <c>Lawyers:MessageInterval</c>, sends the caller's reminders due and the confirmations Twilio refused before (<see cref="BookingTexts.SendDueAsync"/>), and the lawyer's texts still owed (<see cref="LawyerNotices.SendDueAsync"/>); a failed pass is reported and the next tick tries again.</summary>
public sealed partial class BookingTextsJob(BookingTexts texts, LawyerNotices notices, IOptions<LawyerOptions> options, TimeProvider clock, ILogger<BookingTextsJob> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        RedisPasses.RunAsync(options.Value.MessageInterval, clock, async () =>
        {
            await texts.SendDueAsync(stoppingToken);
            await notices.SendDueAsync(stoppingToken);
        }, LogFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lawyer sessions' SMS job could not run ({Reason}); it runs again at the next interval")]
    private partial void LogFailed(string reason);
}

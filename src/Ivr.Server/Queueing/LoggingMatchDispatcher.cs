using Ivr.Acd.Model;

namespace Ivr.Server.Queueing;

/// <summary>
/// Records each reservation in the log and rings no one. Until Twilio call control replaces it, an unanswered
/// reservation expires at its deadline like a no-answer, and the caller goes back to the head of the line.
/// </summary>
public sealed partial class LoggingMatchDispatcher(ILogger<LoggingMatchDispatcher> logger) : IMatchDispatcher
{
    public Task DispatchAsync(IReadOnlyList<Match> matches, CancellationToken cancellationToken)
    {
        foreach (var match in matches)
        {
            LogReservation(match.ReservationId, match.CallSid, match.CounselorId, match.Language, match.Deadline);
        }
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string callerSid, CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Reservation {ReservationId}: caller {CallSid} for counselor {CounselorId} in {Language}, until {Deadline}")]
    private partial void LogReservation(string reservationId, string callSid, string counselorId, string language, DateTimeOffset deadline);
}

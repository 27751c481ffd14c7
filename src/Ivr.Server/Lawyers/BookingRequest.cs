namespace Ivr.Server.Lawyers;

/// <summary>A counselor books a lawyer's slot for the caller of <see cref="CallSid"/> (their own call, during or after it).</summary>
public sealed record BookingRequest(string? CallSid, Guid LawyerId, DateTimeOffset StartsAt, string? Language, string? Topic, string? Summary)
{
    public const int MaxSummaryLength = 500;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(CallSid) || CallSid.Length > 64)
        {
            errors["callSid"] = ["The call is required."];
        }
        if (Language is null || !LawyerRequest.KnownLanguages.Contains(Language))
        {
            errors["language"] = ["The language must be one of the center's language codes."];
        }
        if (string.IsNullOrWhiteSpace(Topic) || Topic.Length > LawyerRequest.MaxTopicLength)
        {
            errors["topic"] = ["The topic is required."];
        }
        if (Summary is { Length: > MaxSummaryLength })
        {
            errors["summary"] = [$"The summary is at most {MaxSummaryLength} characters."];
        }
        return errors;
    }
}

/// <summary>Moves a booking to another slot (of the same lawyer, or of <see cref="LawyerId"/>).</summary>
public sealed record RescheduleRequest(DateTimeOffset StartsAt, Guid? LawyerId = null);

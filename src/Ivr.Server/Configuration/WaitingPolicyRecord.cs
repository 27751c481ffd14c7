namespace Ivr.Server.Configuration;

/// <summary>A language's waiting policy as operations staff saved it (one row per language; none until they save one).</summary>
public sealed class WaitingPolicyRecord
{
    public required string Language { get; set; }

    public TimeSpan? CallbackOfferAbove { get; set; }

    public TimeSpan? MaxWait { get; set; }

    public MaxWaitOffer MaxWaitOffer { get; set; }

    public string? OverflowLanguage { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }

    public WaitingPolicy ToPolicy() => new(CallbackOfferAbove, MaxWait, MaxWaitOffer, OverflowLanguage);
}

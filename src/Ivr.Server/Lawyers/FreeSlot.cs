namespace Ivr.Server.Lawyers;

/// <summary>A slot no booking holds, for the booking form: whether the lawyer speaks the asked language directly.</summary>
public sealed record FreeSlot(Guid LawyerId, string LawyerName, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool Direct, IReadOnlyList<string> Topics);

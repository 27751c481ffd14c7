namespace Ivr.Server.Lawyers;

public sealed record LawyerView(Guid Id, string Name, IReadOnlyList<string> Languages, IReadOnlyList<string> Topics, IReadOnlyList<LawyerSlot> Slots, string Phone, bool Active)
{
    public static LawyerView Of(Lawyer lawyer) => new(lawyer.Id, lawyer.Name, lawyer.Languages, lawyer.Topics, lawyer.Slots, lawyer.Phone, lawyer.Active);
}

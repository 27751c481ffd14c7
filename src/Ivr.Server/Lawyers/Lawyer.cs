namespace Ivr.Server.Lawyers;

/// <summary>
/// A volunteer lawyer of the "Local Lawyer for Foreigners" service: the languages they work in directly (for any
/// other a counselor interprets), the topics they advise on, when they are free each week (center time) and the
/// number the session calls them at. A lawyer who leaves is deactivated, not deleted: their bookings stay.
/// </summary>
public sealed class Lawyer
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Language codes (as the menus' languages) the lawyer speaks with the caller without an interpreter.</summary>
    public List<string> Languages { get; set; } = [];

    public List<string> Topics { get; set; } = [];

    /// <summary>E.164.</summary>
    public required string Phone { get; set; }

    public bool Active { get; set; } = true;

    public List<LawyerSlot> Slots { get; set; } = [];

    public uint Version { get; set; }
}

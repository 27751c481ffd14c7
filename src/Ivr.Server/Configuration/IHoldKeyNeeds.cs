namespace Ivr.Server.Configuration;

/// <summary>
/// The hold actions the configuration in force needs a menu to offer (the waiting policies' maximum-wait outcomes,
/// implemented in Queueing), so a menu without them is not published (<see cref="MenuPublisher"/>).
/// </summary>
public interface IHoldKeyNeeds
{
    IEnumerable<HoldKeyNeed> NeedsOf(IvrSnapshot snapshot);
}

/// <summary><paramref name="Language"/>'s waiting policy offers <paramref name="Action"/> (a <see cref="Menus.MenuActions"/> hold action) on hold.</summary>
public sealed record HoldKeyNeed(string Language, string Action);

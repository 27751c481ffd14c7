namespace Ivr.Server.FollowUps;

/// <summary>Told when a language's task list changed (a task added, claimed or done), so pages showing it read it again.</summary>
public interface IFollowUpObserver
{
    Task FollowUpsChangedAsync(string language, CancellationToken cancellationToken);
}

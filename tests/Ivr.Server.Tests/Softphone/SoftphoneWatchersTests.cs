using Ivr.Server.Softphone;

namespace Ivr.Server.Tests.Softphone;

public sealed class SoftphoneWatchersTests
{
    [Test]
    public void ACounselor_IsWatchedWhileAnyOfTheirPagesIsConnected()
    {
        var watchers = new SoftphoneWatchers();
        watchers.Add("page-1", "c-ko");
        watchers.Add("page-2", "c-ko");
        watchers.Add("supervisor", "c-zh");

        watchers.Remove("page-1");
        var stillWatched = watchers.IsWatched("c-ko");
        watchers.Remove("page-2");

        Assert.That(stillWatched, Is.True);
        Assert.That(watchers.IsWatched("c-ko"), Is.False);
        Assert.That(watchers.IsWatched("c-zh"), Is.True);
        Assert.That(watchers.IsWatched("c-vi"), Is.False);
    }
}

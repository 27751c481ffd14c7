namespace Ivr.Server.CallRecords.Demo;

/// <summary>The kinds of demo call, each placed on its own slots.</summary>
public enum DemoCallKind
{
    Consultation,
    AbandonedInQueue,
    AfterHours,
    SelfService,
    AbandonedInMenu,

    /// <summary>Left the line for a callback: the caller's row and the callback's own (<see cref="DemoCallFactory.CreateCallback"/>).</summary>
    Callback,
}

namespace Ivr.Server.CallRecords.Demo;

/// <summary>The kinds of demo call, each placed on its own slots.</summary>
public enum DemoCallKind
{
    Consultation,
    AbandonedInQueue,
    AfterHours,
    SelfService,
    AbandonedInMenu,
}

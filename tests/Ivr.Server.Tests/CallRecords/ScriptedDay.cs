using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Pipeline;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>
/// Eight calls on Monday 2 March 2026 (Asia/Seoul) whose metrics are worked out by hand in the tests that use them.
/// Vietnamese: A answered after 15 s (30 s hold, 170 s talk, 30 s wrap-up), B answered after 40 s (100 s talk, 10 s wrap-up),
/// C abandoned after 5 s, D abandoned after 70 s, H after hours at 20:00. English: E answered after 8 s (120 s talk,
/// 20 s wrap-up, police added). No language: F self-service, G hung up in the menu. Idle: c1 100 s (a counselor.idle
/// event), c2 60 s (carried by E's queue.reserved).
/// </summary>
public static class ScriptedDay
{
    public static readonly DateOnly Day = new(2026, 3, 2);
    public static readonly DateTimeOffset Morning = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(9));

    public static IReadOnlyList<CallScript> Calls() =>
    [
        new CallScript("CA-A", Morning).Arrive("+82 10-1111-0001").Language("vi", 0).Join("vi", 0).Answer("c1", 15).Hold(60, 90).End(215).WrapUp("c1", 245, "F-6", "VISA"),
        new CallScript("CA-B", Morning.AddMinutes(1)).Arrive("+82 10-1111-0002").Join("vi", 0).Answer("c1", 40).End(140).WrapUp("c1", 150, "H-2", "VISA"),
        new CallScript("CA-C", Morning.AddMinutes(2)).Arrive("+82 10-1111-0001").Join("vi", 0).Leave("hangup", 5).End(5),
        new CallScript("CA-D", Morning.AddMinutes(3)).Arrive().Join("vi", 0).Leave("hangup", 70).End(70),
        new CallScript("CA-E", Morning.AddMinutes(4)).Arrive().Language("en", 0).Join("en", 0).Reserve("c2", "en", 6, 60).Answer("c2", 8).AddParty("police", 20).End(128).WrapUp("c2", 148, "F-4", "EMPLOYMENT"),
        new CallScript("CA-F", Morning.AddMinutes(5)).Arrive().SelfService("office-hours", 30).End(40),
        new CallScript("CA-G", Morning.AddMinutes(6)).Arrive().End(12),
        new CallScript("CA-H", Morning.AddHours(10)).Arrive().AfterHours("vi", 3).End(20),
    ];

    public static IReadOnlyList<CallEvent> Events() =>
    [
        .. Calls().SelectMany(call => call.Events),
        Idle("c1", 100),
    ];

    private static CallEvent Idle(string counselor, double seconds) =>
        new($"idle-{counselor}", CounselorEvents.Idle, "", Morning.AddHours(1), new Dictionary<string, string> { ["counselor"] = counselor, ["seconds"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}

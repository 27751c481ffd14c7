using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ivr.PhoneSim.Parties;
using Ivr.PhoneSim.Traffic;

namespace Ivr.PhoneSim.Modes;

/// <summary>
/// Lawyer sessions in the demo (docs/lawyers.md), through the server's own APIs. As operations staff: two volunteer
/// lawyers on the roster (Kim, Korean and English; Nguyen, Korean and Vietnamese) with ten-minute weekly slots starting
/// a few minutes from now, their phones answering in the simulator. As a counselor: an account linked to the first
/// Vietnamese virtual counselor, which books a session on each of its first two callers' calls, as the softphone's
/// booking form does (its current call from <c>/api/counselor/state</c>, the soonest free slot, the booking), the
/// caller's phone answering when the session calls. At the slot the server runs the session: an interpreting
/// counselor (a virtual one) for a session in a language the lawyer does not speak, the lawyer, then the caller.
/// The server keeps real time (<c>serverClock</c>): the sessions run a few real minutes after the demo starts, whatever <c>--speed</c>.
/// </summary>
public sealed class DemoSessions(Uri server, SimulatedTwilio sim, string opsEmail, string opsPassword, TimeProvider serverClock)
{
    public const string CounselorEmail = "sessions@demo.ivr.local";
    public const string CounselorPassword = "Demo-sessions-1345";
    private const int Sessions = 2;
    private static readonly TimeSpan FirstSlotIn = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan SlotLength = TimeSpan.FromMinutes(10);
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    private static readonly (string Name, string[] Languages, string Phone)[] Lawyers =
    [
        ("Kim Do-hyun (demo)", ["ko", "en"], "+821055501345"),
        ("Nguyen Thi Lan (demo)", ["ko", "vi"], "+821055502345"),
    ];

    private readonly List<string> lines = [];

    /// <summary>What the demo booked or could not (for its screen): one line per try.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>Runs when the demo seeds the server (--seed-email); a failure is reported, never the demo's end.</summary>
    public static DemoSessions? Create(CommandLine command, SimulatedTwilio sim) =>
        command.Text("seed-email", "") is { Length: > 0 } email
            ? new DemoSessions(command.Url("server", "http://127.0.0.1:5000"), sim, email, command.Text("seed-password", ""), TimeProvider.System)
            : null;

    public async Task RunAsync(IReadOnlyList<VirtualCounselor> counselors, CancellationToken cancellationToken)
    {
        try
        {
            using var operations = new HttpClient { BaseAddress = server };
            await ServerSeeder.SignInAsync(operations, opsEmail, opsPassword, cancellationToken);
            await PutLawyersAsync(operations, cancellationToken);
            var booker = counselors.First(counselor => counselor.Languages.Contains("vi"));
            await LinkAccountAsync(operations, booker, cancellationToken);
            await BookOnCallsAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or System.Text.Json.JsonException)
        {
            Add("lawyer sessions not seeded: " + exception.Message);
        }
    }

    // The roster: created on the first run, its slots moved to now on the next (the bookings of earlier runs stay).
    private async Task PutLawyersAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var existing = await http.GetFromJsonAsync<JsonArray>("/api/lawyers", cancellationToken) ?? [];
        var slots = Slots(serverClock.GetUtcNow());
        foreach (var (name, languages, phone) in Lawyers)
        {
            sim.Parties.Register(phone, CalledParty.Answers());
            var body = new { name, languages, topics = new[] { "labour", "visa", "family" }, slots, phone, active = true };
            var id = existing.OfType<JsonObject>().FirstOrDefault(lawyer => lawyer["name"]?.GetValue<string>() == name)?["id"]?.GetValue<string>();
            var response = id is null ? await http.PostAsJsonAsync("/api/lawyers", body, cancellationToken) : await http.PutAsJsonAsync($"/api/lawyers/{id}", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Ten-minute weekly slots in Seoul time, the first starting <see cref="FirstSlotIn"/> from now (whole minutes), for the next hour.</summary>
    public static IReadOnlyList<object> Slots(DateTimeOffset now)
    {
        var first = TimeZoneInfo.ConvertTime(now + FirstSlotIn, Seoul);
        first = first.AddSeconds(-first.Second).AddMilliseconds(-first.Millisecond).AddMinutes(1);
        var slots = new List<object>();
        for (var start = first; start < first.AddHours(1); start += SlotLength)
        {
            var end = start + SlotLength;
            if (end.Date == start.Date)
            {
                slots.Add(new { day = (int)start.DayOfWeek, start = TimeOnly.FromDateTime(start.DateTime).ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                    end = TimeOnly.FromDateTime(end.DateTime).ToString("HH:mm:ss", CultureInfo.InvariantCulture) });
            }
        }
        return slots;
    }

    // The booking counselor: a counselor account (created once), linked to the virtual counselor it acts as.
    private static async Task LinkAccountAsync(HttpClient http, VirtualCounselor counselor, CancellationToken cancellationToken)
    {
        var created = await http.PostAsJsonAsync("/api/accounts/", new { email = CounselorEmail, password = CounselorPassword, role = "counselor", displayName = "Demo sessions (virtual)" },
            cancellationToken);
        var account = created.IsSuccessStatusCode
            ? await created.Content.ReadFromJsonAsync<JsonObject>(cancellationToken)
            : (await http.GetFromJsonAsync<JsonArray>("/api/accounts/", cancellationToken) ?? []).OfType<JsonObject>()
                .FirstOrDefault(row => string.Equals(row["email"]?.GetValue<string>(), CounselorEmail, StringComparison.OrdinalIgnoreCase));
        var userId = account?["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"no account {CounselorEmail}");
        (await http.PutAsJsonAsync($"/api/staffing/counselors/{counselor.Identity["client:".Length..]}", ServerSeeder.CounselorBody(counselor, userId), cancellationToken))
            .EnsureSuccessStatusCode();
    }

    // As the softphone's booking form: on each new call of the counselor (a caller's, connected), the soonest free slot.
    private async Task BookOnCallsAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = server };
        await ServerSeeder.SignInAsync(http, CounselorEmail, CounselorPassword, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (Lines.Count < Sessions)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            var state = await http.GetAsync("/api/counselor/state", cancellationToken);
            if (state.StatusCode == HttpStatusCode.Unauthorized)
            {
                await ServerSeeder.SignInAsync(http, CounselorEmail, CounselorPassword, cancellationToken); // the token expired
                continue;
            }
            state.EnsureSuccessStatusCode();
            var call = (await state.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))?["call"] as JsonObject;
            if (call?["phase"]?.GetValue<string>() != "connected" || call["callback"] is JsonObject || call["outbound"] is JsonObject
                || call["callSid"]?.GetValue<string>() is not { } callSid || call["language"]?.GetValue<string>() is not { } language || !seen.Add(callSid))
            {
                continue;
            }
            await BookAsync(http, callSid, language, cancellationToken);
        }
    }

    private async Task BookAsync(HttpClient http, string callSid, string language, CancellationToken cancellationToken)
    {
        var free = (await http.GetFromJsonAsync<JsonArray>($"/api/lawyers/free-slots?language={language}&days=1", cancellationToken) ?? []).OfType<JsonObject>()
            .Where(slot => Lawyers.Any(lawyer => lawyer.Name == slot["lawyerName"]?.GetValue<string>())).ToList();
        // The first session is an interpreted one when the call's language allows it (Kim does not speak Vietnamese), the next a direct one.
        var wantDirect = Lines.Count > 0;
        if ((free.FirstOrDefault(slot => slot["direct"]?.GetValue<bool>() == wantDirect) ?? free.FirstOrDefault()) is not { } chosen)
        {
            Add($"no free lawyer slot for a {language} caller");
            return;
        }
        // The caller's phone answers when the session calls it.
        if (sim.Calls.Find(callSid)?.From is { Length: > 0 } number)
        {
            sim.Parties.Register(number, CalledParty.Answers());
        }
        var response = await http.PostAsJsonAsync("/api/counselor/lawyer-bookings", new
        {
            callSid,
            lawyerId = chosen["lawyerId"]!.GetValue<string>(),
            startsAt = chosen["startsAt"]!.GetValue<string>(),
            language,
            topic = chosen["topics"]!.AsArray()[0]!.GetValue<string>(),
            summary = "Demo: unpaid wages, employer refuses to pay the last two months.",
        }, cancellationToken);
        var startsAt = DateTimeOffset.Parse(chosen["startsAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var direct = chosen["direct"]!.GetValue<bool>() ? "direct" : "with an interpreter";
        Add(response.IsSuccessStatusCode
            ? $"booked: {TimeZoneInfo.ConvertTime(startsAt, Seoul):HH:mm} Seoul ({startsAt.ToUniversalTime():HH:mm} UTC), {language} caller with {chosen["lawyerName"]}, {direct}"
            : $"booking refused ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync(cancellationToken)}");
    }

    private void Add(string line)
    {
        lock (lines)
        {
            lines.Add(line);
        }
    }
}

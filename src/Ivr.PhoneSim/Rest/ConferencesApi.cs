using Ivr.PhoneSim.Conferences;

namespace Ivr.PhoneSim.Rest;

/// <summary>Conferences: list (FriendlyName, Status filters), fetch, update Status=completed.</summary>
public static class ConferencesApi
{
    public static RouteGroupBuilder MapConferences(this RouteGroupBuilder group)
    {
        group.MapGet("/Conferences.json", List).WithName("ListConferences");
        group.MapGet("/Conferences/{ConferenceSid}.json", Fetch).WithName("FetchConference");
        group.MapPost("/Conferences/{ConferenceSid}.json", UpdateAsync).WithName("UpdateConference");
        return group;
    }

    /// <summary>Twilio accepts a conference's FriendlyName in place of its sid in the Participants paths.</summary>
    public static SimConference? Resolve(SimulatedTwilio sim, string sidOrName) =>
        sim.Conferences.Find(sidOrName) ?? sim.Conferences.FindLive(sidOrName);

    private static IResult List(HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        var name = request.Query["FriendlyName"].ToString();
        var status = request.Query["Status"].ToString();
        var conferences = sim.Conferences.All
            .Where(c => (name.Length == 0 || c.FriendlyName == name) && (status.Length == 0 || c.Status == status))
            .OrderByDescending(c => c.DateCreated)
            .Select(json.Conference)
            .ToList();
        return TypedResults.Json(ResourceJson.Page("conferences", request.Path + request.QueryString, conferences));
    }

    private static IResult Fetch(string conferenceSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json) =>
        sim.Conferences.Find(conferenceSid) is { } conference ? TypedResults.Json(json.Conference(conference)) : TwilioErrors.NotFoundAt(request);

    private static async Task<IResult> UpdateAsync(string conferenceSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        if (sim.Conferences.Find(conferenceSid) is not { } conference)
        {
            return TwilioErrors.NotFoundAt(request);
        }
        var form = await Forms.ReadAsync(request);
        if (form.Text("Status") == "completed")
        {
            sim.Conferences.End(conference, "conference-ended-via-api");
        }
        return TypedResults.Json(json.Conference(conference));
    }
}

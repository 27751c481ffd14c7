using Ivr.PhoneSim.Calls;
using Ivr.PhoneSim.Queues;

namespace Ivr.PhoneSim.Rest;

/// <summary>Queues (create, list, fetch, update MaxSize) and Members (list, fetch, dequeue a CallSid or the Front to a Url).</summary>
public static class QueuesApi
{
    public static RouteGroupBuilder MapQueues(this RouteGroupBuilder group)
    {
        group.MapPost("/Queues.json", CreateAsync).WithName("CreateQueue");
        group.MapGet("/Queues.json", List).WithName("ListQueues");
        group.MapGet("/Queues/{QueueSid}.json", Fetch).WithName("FetchQueue");
        group.MapPost("/Queues/{QueueSid}.json", UpdateAsync).WithName("UpdateQueue");
        group.MapGet("/Queues/{QueueSid}/Members.json", ListMembers).WithName("ListMembers");
        group.MapGet("/Queues/{QueueSid}/Members/{CallSid}.json", FetchMember).WithName("FetchMember");
        group.MapPost("/Queues/{QueueSid}/Members/{CallSid}.json", DequeueAsync).WithName("UpdateMember");
        return group;
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        var form = await Forms.ReadAsync(request);
        if (form.Text("FriendlyName") is not { } name)
        {
            return TwilioErrors.BadRequest(20001, "Missing required parameter FriendlyName in the post body");
        }
        var maxSize = int.TryParse(form.Text("MaxSize"), out var size) ? Math.Clamp(size, 1, 5000) : QueueRegistry.DefaultMaxSize;
        var queue = sim.Queues.GetOrCreate(name, maxSize);
        return TypedResults.Json(json.Queue(queue), statusCode: StatusCodes.Status201Created);
    }

    private static IResult List(HttpRequest request, SimulatedTwilio sim, ResourceJson json) =>
        TypedResults.Json(ResourceJson.Page("queues", request.Path + request.QueryString, [.. sim.Queues.All.OrderBy(q => q.DateCreated).Select(json.Queue)]));

    private static IResult Fetch(string queueSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json) =>
        sim.Queues.Find(queueSid) is { } queue ? TypedResults.Json(json.Queue(queue)) : TwilioErrors.NotFoundAt(request);

    private static async Task<IResult> UpdateAsync(string queueSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        if (sim.Queues.Find(queueSid) is not { } queue)
        {
            return TwilioErrors.NotFoundAt(request);
        }
        var form = await Forms.ReadAsync(request);
        if (int.TryParse(form.Text("MaxSize"), out var size))
        {
            queue.MaxSize = Math.Clamp(size, 1, 5000);
        }
        return TypedResults.Json(json.Queue(queue));
    }

    private static IResult ListMembers(string queueSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        if (sim.Queues.Find(queueSid) is not { } queue)
        {
            return TwilioErrors.NotFoundAt(request);
        }
        var members = queue.Members.Select((m, i) => json.Member(queue, m, i + 1)).ToList();
        return TypedResults.Json(ResourceJson.Page("queue_members", request.Path + request.QueryString, members));
    }

    private static IResult FetchMember(string queueSid, string callSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json) =>
        sim.Queues.Find(queueSid) is { } queue && queue.Find(callSid) is { } member
            ? TypedResults.Json(json.Member(queue, member, queue.PositionOf(member)))
            : TwilioErrors.NotFoundAt(request);

    /// <summary>"Only the first request will succeed ... A second request will fail and return an appropriate 400."</summary>
    private static async Task<IResult> DequeueAsync(string queueSid, string callSid, HttpRequest request, SimulatedTwilio sim, ResourceJson json)
    {
        if (sim.Queues.Find(queueSid) is not { } queue)
        {
            return TwilioErrors.NotFoundAt(request);
        }
        var form = await Forms.ReadAsync(request);
        if (form.AbsoluteUrl("Url") is not { } url)
        {
            return TwilioErrors.BadRequest(TwilioErrors.InvalidUrl, "Url parameter is required and must be an absolute http(s) URL");
        }
        var member = queue.Find(callSid);
        if (member is null || !queue.Remove(member, sim.Clock.GetUtcNow()))
        {
            return callSid != "Front" && sim.Calls.Find(callSid) is not null
                ? TwilioErrors.BadRequest(TwilioErrors.NotFound, $"Call {callSid} is not a member of queue {queueSid}")
                : TwilioErrors.NotFoundAt(request);
        }
        var body = json.Member(queue, member, 1);
        member.TryDequeue(new DequeueOrder(Instruction.Fetch(url, form.Text("Method")), null, null, null));
        return TypedResults.Json(body);
    }
}

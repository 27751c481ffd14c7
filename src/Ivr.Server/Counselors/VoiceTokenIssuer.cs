using Ivr.Server.Telephony;
using Microsoft.Extensions.Options;
using Twilio.Jwt.AccessToken;

namespace Ivr.Server.Counselors;

/// <summary>Issues a Twilio access token with a VoiceGrant whose identity is the counselor's Client name.</summary>
public sealed class VoiceTokenIssuer(IOptions<VoiceTokenOptions> voice, IOptions<TwilioOptions> twilio, TimeProvider time)
{
    public bool IsConfigured => voice.Value.IsConfigured;

    public string Issue(string counselorId)
    {
        var options = voice.Value;
        var grant = new VoiceGrant { IncomingAllow = true, OutgoingApplicationSid = options.OutgoingApplicationSid };
        var expires = time.GetUtcNow().Add(options.Lifetime).UtcDateTime;
        return new Token(twilio.Value.AccountSid, options.ApiKeySid, options.ApiKeySecret, counselorId,
            expiration: expires, grants: new HashSet<IGrant> { grant }).ToJwt();
    }
}

using System.Xml;
using System.Xml.Linq;

namespace Ivr.PhoneSim.Webhooks;

/// <summary>A parsed TwiML document and the URL it came from (relative action URLs resolve against it).</summary>
public sealed record TwimlDocument(XElement Response, Uri? Url)
{
    private static readonly string[] TwimlContentTypes = ["text/xml", "application/xml", "text/html"];

    public IEnumerable<XElement> Verbs => Response.Elements();

    public static TwimlDocument Parse(string xml, Uri? url)
    {
        try
        {
            var root = XDocument.Parse(xml).Root;
            if (root is null || root.Name.LocalName != "Response")
            {
                throw new WebhookFailure(WebhookFailure.DocumentParseFailure, "TwiML root element must be <Response>");
            }
            return new TwimlDocument(root, url);
        }
        catch (XmlException exception)
        {
            throw new WebhookFailure(WebhookFailure.DocumentParseFailure, $"Document parse failure: {exception.Message}");
        }
    }

    /// <summary>Twilio accepts TwiML from text/xml, application/xml and text/html (text/plain only if it parses); anything else is error 12300.</summary>
    public static TwimlDocument FromResponse(WebhookResponse response, Uri url)
    {
        if (response.StatusCode is < 200 or > 299)
        {
            throw new WebhookFailure(WebhookFailure.HttpRetrievalFailure, $"HTTP {response.StatusCode} from {url}");
        }
        var contentType = response.ContentType ?? "";
        if (TwimlContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase) || contentType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return Parse(response.Body, url);
        }
        throw new WebhookFailure(WebhookFailure.InvalidContentType, $"Invalid Content-Type '{contentType}' from {url}");
    }
}

namespace Oms.Carriers.Sendcloud;

/// <summary>Settings of the Sendcloud adapter, bound from <c>Carriers:Sendcloud</c>.</summary>
public sealed class SendcloudOptions
{
    public const string SectionName = "Carriers:Sendcloud";

    /// <summary>The API integration's public key, the user name of Sendcloud's Basic authentication. Both keys are
    /// secrets despite the name. Empty means Sendcloud is not configured: every call throws
    /// <see cref="CarrierErrorKind.Misconfigured"/> without sending anything.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>The API integration's secret key, the password of Basic authentication.</summary>
    public string SecretKey { get; set; } = "";

    /// <summary>
    /// The key Sendcloud signs webhooks with (<c>Sendcloud-Signature</c>, HMAC-SHA256). Sendcloud signs with the
    /// integration's secret key or, for some integration types, a separate webhook signature key: empty here means
    /// <see cref="SecretKey"/>.
    /// </summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>The API root, above <c>v2/</c> and <c>v3/</c>; a stand-in's address in tests.</summary>
    public Uri BaseUrl { get; set; } = new("https://panel.sendcloud.sc/api/");

    /// <summary>The budget for one HTTP call; past it the call throws <see cref="CarrierErrorKind.Unavailable"/>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The shipping method (Sendcloud's <c>shipment.id</c>) for outbound labels that name none.</summary>
    public int? OutboundShippingMethodId { get; set; }

    /// <summary>The shipping method for return labels that name none (a return product of the carrier).</summary>
    public int? ReturnShippingMethodId { get; set; }

    /// <summary>The carrier that collects returns at the customer's address (<c>carrier_code</c> of a pickup: <c>dhl</c>, <c>ups</c>…).</summary>
    public string CollectionCarrier { get; set; } = "";

    /// <summary>The contract for collections, needed only with several active contracts for <see cref="CollectionCarrier"/>.</summary>
    public int? CollectionContract { get; set; }

    /// <summary>Download each label's PDF when it is created (on by default); off leaves only its link.</summary>
    public bool DownloadLabels { get; set; } = true;

    internal string SigningKey => string.IsNullOrEmpty(WebhookSecret) ? SecretKey : WebhookSecret;
}

namespace Oms.Server.Features.Notifications;

/// <summary>
/// The built-in English e-mails on the carrier's tracking of a parcel (out for delivery, a failed attempt, waiting at a
/// pickup point, delivered); like <see cref="DefaultTemplates"/>, the starting point for a retailer's own.
/// </summary>
internal static class TrackingTemplates
{
    private const string Greeting = "Hello {{ customer.first_name | default: \"there\" }},\n\n";
    private const string Signature = "\nKind regards,\n{{ channel.name }}\n";
    private const string HtmlGreeting = "<p>Hello {{ customer.first_name | default: \"there\" }},</p>\n";
    private const string HtmlSignature = "<p>Kind regards,<br>{{ channel.name }}</p>\n";
    private const string Follow = "{% if shipment.tracking_url %}Follow your parcel: {{ shipment.tracking_url }}\n{% endif %}";
    private const string FollowHtml = "{% if shipment.tracking_url %}<p><a href=\"{{ shipment.tracking_url }}\">Follow your parcel</a></p>\n" +
        "{% endif %}";
    /// <summary>The pickup point the order named (its name and address from the network), else the carrier's words.</summary>
    private const string Where = "{% if pickup %}{{ pickup.store.name }}{% if pickup.store.address %}, {{ pickup.store.address.line1 }}, " +
        "{{ pickup.store.address.postal_code }} {{ pickup.store.address.city }}{% endif %}{% elsif shipment.tracking_location %}" +
        "{{ shipment.tracking_location }}{% else %}the pickup point{% endif %}";

    private const string LinesText = """

        In this parcel:
        {% for line in shipment.lines %}- {{ line.quantity }} x {{ line.product_name }} ({{ line.sku }})
        {% endfor %}
        """;

    private const string LinesHtml = """
        <p>In this parcel:</p>
        <ul>
        {% for line in shipment.lines %}<li>{{ line.quantity }} x {{ line.product_name }} ({{ line.sku }})</li>
        {% endfor %}</ul>

        """;

    public static readonly NotificationTemplate OutForDelivery = new(true,
        "Your order {{ order.number }} arrives today",
        Greeting + "Your parcel {{ shipment.tracking_number }} from order {{ order.number }} is out for delivery with " +
            "{{ shipment.carrier }} and arrives today.\n" + Follow + LinesText + Signature,
        HtmlGreeting + "<p>Your parcel {{ shipment.tracking_number }} from order <strong>{{ order.number }}</strong> is out for " +
            "delivery with {{ shipment.carrier }} and arrives today.</p>\n" + FollowHtml + LinesHtml + HtmlSignature);

    public static readonly NotificationTemplate DeliveryFailed = new(true,
        "We missed you: order {{ order.number }}",
        Greeting + "{{ shipment.carrier }} could not deliver your parcel {{ shipment.tracking_number }} from order {{ order.number }}" +
            "{% if shipment.tracking_at %} on {{ shipment.tracking_at | date: \"%A %-d %B, %H:%M\" }}{% endif %}. The carrier will " +
            "usually try again or leave it at a pickup point nearby.\n" + Follow + LinesText + Signature,
        HtmlGreeting + "<p>{{ shipment.carrier }} could not deliver your parcel {{ shipment.tracking_number }} from order " +
            "<strong>{{ order.number }}</strong>{% if shipment.tracking_at %} on {{ shipment.tracking_at | date: \"%A %-d %B, %H:%M\" }}" +
            "{% endif %}. The carrier will usually try again or leave it at a pickup point nearby.</p>\n" + FollowHtml + LinesHtml +
            HtmlSignature);

    public static readonly NotificationTemplate AtPickupPoint = new(true,
        "Your order {{ order.number }} is waiting at the pickup point",
        Greeting + "Your parcel {{ shipment.tracking_number }} from order {{ order.number }} is waiting for you at " + Where +
            ". Bring your tracking number or the carrier's pickup code.\n" + Follow + LinesText + Signature,
        HtmlGreeting + "<p>Your parcel {{ shipment.tracking_number }} from order <strong>{{ order.number }}</strong> is waiting for " +
            "you at <strong>" + Where + "</strong>. Bring your tracking number or the carrier's pickup code.</p>\n" + FollowHtml +
            LinesHtml + HtmlSignature);

    public static readonly NotificationTemplate Delivered = new(true,
        "Your order {{ order.number }} has been delivered",
        Greeting + "{{ shipment.carrier }} delivered your parcel {{ shipment.tracking_number }} from order {{ order.number }}. " +
            "We hope you enjoy it.\n" + LinesText + Signature,
        HtmlGreeting + "<p>{{ shipment.carrier }} delivered your parcel {{ shipment.tracking_number }} from order " +
            "<strong>{{ order.number }}</strong>. We hope you enjoy it.</p>\n" + LinesHtml + HtmlSignature);
}

namespace Oms.Server.Features.Notifications;

/// <summary>
/// The built-in English e-mails, used where no template is saved for the channel or for every channel (<c>*</c>).
/// They are the starting point for a retailer's own: <c>GET …/notification-templates/*/{notification}</c> shows them.
/// </summary>
public static class DefaultTemplates
{
    private const string Greeting = "Hello {{ customer.first_name | default: \"there\" }},\n\n";
    private const string Signature = "\nKind regards,\n{{ channel.name }}\n";
    private const string HtmlGreeting = "<p>Hello {{ customer.first_name | default: \"there\" }},</p>\n";
    private const string HtmlSignature = "<p>Kind regards,<br>{{ channel.name }}</p>\n";
    private const string Expiry = "{{ pickup.expires_at | date: \"%A %-d %B %Y, %H:%M\" }}";

    private static readonly NotificationTemplate OrderConfirmed = new(true,
        "Order {{ order.number }} confirmed",
        Greeting + """
            Thank you for your order {{ order.number }}. This is what you ordered:

            {% for line in order.lines %}- {{ line.quantity }} x {{ line.product_name }} ({{ line.sku }}): {{ line.total | money_with_currency }}
            {% endfor %}
            Shipping: {{ order.shipping | money_with_currency }}
            Total: {{ order.total | money_with_currency }} (tax {{ order.tax | money_with_currency }})

            We will let you know when it is on its way or ready for pickup.

            """ + Signature,
        HtmlGreeting + """
            <p>Thank you for your order <strong>{{ order.number }}</strong>. This is what you ordered:</p>
            <table>
            {% for line in order.lines %}<tr><td>{{ line.quantity }} x</td><td>{{ line.product_name }} ({{ line.sku }})</td>
            <td>{{ line.total | money_with_currency }}</td></tr>
            {% endfor %}<tr><td></td><td>Shipping</td><td>{{ order.shipping | money_with_currency }}</td></tr>
            <tr><td></td><td><strong>Total</strong> (tax {{ order.tax | money_with_currency }})</td>
            <td><strong>{{ order.total | money_with_currency }}</strong></td></tr>
            </table>
            <p>We will let you know when it is on its way or ready for pickup.</p>

            """ + HtmlSignature);

    private static readonly NotificationTemplate Shipped = new(true,
        "Your order {{ order.number }} is on its way",
        Greeting + """
            Your order {{ order.number }} has left with {{ shipment.carrier }}, tracking number {{ shipment.tracking_number }}.
            {% if shipment.tracking_url %}Follow your parcel: {{ shipment.tracking_url }}
            {% endif %}
            In this parcel:
            {% for line in shipment.lines %}- {{ line.quantity }} x {{ line.product_name }} ({{ line.sku }})
            {% endfor %}
            """ + Signature,
        HtmlGreeting + """
            <p>Your order <strong>{{ order.number }}</strong> has left with {{ shipment.carrier }},
            tracking number {{ shipment.tracking_number }}.</p>
            {% if shipment.tracking_url %}<p><a href="{{ shipment.tracking_url }}">Follow your parcel</a></p>
            {% endif %}<p>In this parcel:</p>
            <ul>
            {% for line in shipment.lines %}<li>{{ line.quantity }} x {{ line.product_name }} ({{ line.sku }})</li>
            {% endfor %}</ul>

            """ + HtmlSignature);

    private const string StoreText = """
        {{ pickup.store.name }}
        {% if pickup.store.address %}{{ pickup.store.address.line1 }}{% if pickup.store.address.line2 %}, {{ pickup.store.address.line2 }}{% endif %}
        {{ pickup.store.address.postal_code }} {{ pickup.store.address.city }}
        {% endif %}{% if pickup.store.opening_hours.size > 0 %}
        Opening hours:
        {% for day in pickup.store.opening_hours %}{{ day.day }}: {{ day.hours }}
        {% endfor %}{% endif %}
        """;

    private const string StoreHtml = """
        <p><strong>{{ pickup.store.name }}</strong>{% if pickup.store.address %}
        <br>{{ pickup.store.address.line1 }}{% if pickup.store.address.line2 %}, {{ pickup.store.address.line2 }}{% endif %}
        <br>{{ pickup.store.address.postal_code }} {{ pickup.store.address.city }}{% endif %}</p>
        {% if pickup.store.opening_hours.size > 0 %}<table>
        {% for day in pickup.store.opening_hours %}<tr><td>{{ day.day }}</td><td>{{ day.hours }}</td></tr>
        {% endfor %}</table>
        {% endif %}
        """;

    private const string PickupLinesText = """
        {% for line in pickup.lines %}- {{ line.quantity }} x {{ line.product_name }} ({{ line.sku }})
        {% endfor %}
        """;

    private const string PickupLinesHtml = """
        <ul>
        {% for line in pickup.lines %}<li>{{ line.quantity }} x {{ line.product_name }} ({{ line.sku }})</li>
        {% endfor %}</ul>

        """;

    private static readonly NotificationTemplate ReadyForPickup = new(true,
        "Your order {{ order.number }} is ready for pickup at {{ pickup.store.name }}",
        Greeting + "Good news: your order {{ order.number }} is ready for pickup.\n\n" + StoreText
            + "\nPlease collect it by " + Expiry + ".\n\nWaiting for you:\n" + PickupLinesText + Signature,
        HtmlGreeting + "<p>Good news: your order <strong>{{ order.number }}</strong> is ready for pickup.</p>\n" + StoreHtml
            + "<p>Please collect it by <strong>" + Expiry + "</strong>.</p>\n<p>Waiting for you:</p>\n" + PickupLinesHtml + HtmlSignature);

    private static readonly NotificationTemplate PickupReminder = new(true,
        "Reminder: your order {{ order.number }} is waiting at {{ pickup.store.name }}",
        Greeting + "Your order {{ order.number }} is still waiting for you. Please collect it by " + Expiry
            + "; after that it goes back on the shelf.\n\n" + StoreText + "\nWaiting for you:\n" + PickupLinesText + Signature,
        HtmlGreeting + "<p>Your order <strong>{{ order.number }}</strong> is still waiting for you. Please collect it by <strong>" + Expiry
            + "</strong>; after that it goes back on the shelf.</p>\n" + StoreHtml + "<p>Waiting for you:</p>\n" + PickupLinesHtml
            + HtmlSignature);

    private static readonly NotificationTemplate Cancelled = new(true,
        "Your order {{ order.number }} has been cancelled",
        Greeting + """
            Your order {{ order.number }} has been cancelled{% if cancellation.reason %}: {{ cancellation.reason }}{% endif %}.

            Cancelled:
            {% for line in cancellation.lines %}- {{ line.quantity }} x {{ line.product_name }} ({{ line.sku }})
            {% endfor %}
            Any payment for it is released or refunded.

            """ + Signature,
        HtmlGreeting + """
            <p>Your order <strong>{{ order.number }}</strong> has been cancelled{% if cancellation.reason %}:
            {{ cancellation.reason }}{% endif %}.</p>
            <ul>
            {% for line in cancellation.lines %}<li>{{ line.quantity }} x {{ line.product_name }} ({{ line.sku }})</li>
            {% endfor %}</ul>
            <p>Any payment for it is released or refunded.</p>

            """ + HtmlSignature);

    public static NotificationTemplate For(NotificationKind kind) => kind switch
    {
        NotificationKind.OrderConfirmed => OrderConfirmed,
        NotificationKind.Shipped => Shipped,
        NotificationKind.ReadyForPickup => ReadyForPickup,
        NotificationKind.PickupReminder => PickupReminder,
        NotificationKind.Cancelled => Cancelled,
        NotificationKind.OutForDelivery => TrackingTemplates.OutForDelivery,
        NotificationKind.DeliveryFailed => TrackingTemplates.DeliveryFailed,
        NotificationKind.AtPickupPoint => TrackingTemplates.AtPickupPoint,
        NotificationKind.Delivered => TrackingTemplates.Delivered,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

from django.contrib import admin

from section55.reminders.models import SentReminder


@admin.register(SentReminder)
class SentReminderAdmin(admin.ModelAdmin):
    list_display = ["milestone", "kind", "deadline", "sent_at"]
    list_filter = ["kind"]
    date_hierarchy = "sent_at"
    readonly_fields = ["kind", "response", "item", "milestone", "deadline", "recipients", "sent_at"]

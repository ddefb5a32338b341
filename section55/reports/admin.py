from django.contrib import admin

from section55.reports.models import Finding, Report


class FindingInline(admin.StackedInline):
    model = Finding
    extra = 0
    fk_name = "report"


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["title", "published_on", "scope", "owner"]
    list_filter = ["scope", "owner"]
    search_fields = ["title"]
    inlines = [FindingInline]

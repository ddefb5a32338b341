from django.contrib import admin

from section55.bodies.models import BodyPeriod, Force, PolicingBody


class BodyPeriodInline(admin.TabularInline):
    model = BodyPeriod
    extra = 0


@admin.register(PolicingBody)
class PolicingBodyAdmin(admin.ModelAdmin):
    list_display = ["slug", "name", "kind", "chief_officer_lead_days"]
    search_fields = ["slug", "periods__name"]
    inlines = [BodyPeriodInline]

    def get_queryset(self, request):
        return super().get_queryset(request).with_force()


@admin.register(Force)
class ForceAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "slug", "country"]
    search_fields = ["name", "short_name"]

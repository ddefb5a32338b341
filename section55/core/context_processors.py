from django.conf import settings


def service(request):
    user = getattr(request, "user", None)
    body = getattr(user, "body", None) if user and user.is_authenticated else None
    return {"service_name": settings.SERVICE_NAME, "current_body": body}

# The platform half of a deployment: namespace and the secret that k8s/ manifests reference.
# The functions themselves are applied from k8s/ (kubectl apply -k k8s), so the manifests stay
# the single description of what runs.

resource "kubernetes_namespace" "foresight" {
  metadata {
    name = var.namespace
  }
}

locals {
  clients = join(";", compact([
    "monitor-trigger:${var.monitor_client_secret}:predict:write alerts:write",
    "scheduler:${var.scheduler_client_secret}:monitor:write",
    var.extra_clients,
  ]))
}

resource "kubernetes_secret" "foresight" {
  metadata {
    name      = "foresight-secrets"
    namespace = kubernetes_namespace.foresight.metadata[0].name
  }
  data = {
    "db-password"             = var.db_password
    "signing-key.pem"         = var.signing_key_pem
    "clients"                 = local.clients
    "monitor-client-secret"   = var.monitor_client_secret
    "scheduler-client-secret" = var.scheduler_client_secret
    "webhook-url"             = var.webhook_url
  }
}

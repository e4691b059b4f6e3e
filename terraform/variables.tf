variable "kubeconfig" {
  description = "Path to the kubeconfig of the cluster that runs Knative Serving."
  type        = string
  default     = "~/.kube/config"
}

variable "kube_context" {
  description = "Context in the kubeconfig; null for the current one."
  type        = string
  default     = null
}

variable "namespace" {
  description = "Namespace of the five functions."
  type        = string
  default     = "foresight"
}

variable "db_password" {
  description = "PostgreSQL password of the foresight user."
  type        = string
  sensitive   = true
}

variable "signing_key_pem" {
  description = "RSA private key (PEM) with which token-refresh signs access tokens."
  type        = string
  sensitive   = true
}

variable "monitor_client_secret" {
  description = "Secret of the monitor-trigger client (scopes predict:write alerts:write)."
  type        = string
  sensitive   = true
}

variable "scheduler_client_secret" {
  description = "Secret of the scheduler client that calls POST /monitor-trigger (scope monitor:write)."
  type        = string
  sensitive   = true
}

variable "extra_clients" {
  description = "More OAuth clients, as id:secret:scope scope;... (for agents pushing snapshots, dashboards)."
  type        = string
  default     = ""
  sensitive   = true
}

variable "webhook_url" {
  description = "Where alert-route posts critical and high alerts; empty disables the webhook."
  type        = string
  default     = ""
}

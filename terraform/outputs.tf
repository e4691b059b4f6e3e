output "namespace" {
  value = kubernetes_namespace.foresight.metadata[0].name
}

output "secret_name" {
  value = kubernetes_secret.foresight.metadata[0].name
}

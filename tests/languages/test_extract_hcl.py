"""HCL (Terraform, Nomad, Packer): source → outline."""

from __future__ import annotations

from tests.support import entities, extract_outline

SOURCE = """\
terraform {
  required_version = ">= 1.3"
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region = var.region
}

# The region to deploy to.
variable "region" {
  type    = string
  default = "eu-west-1"
}

locals {
  name_prefix = "web-${var.env}"
  common_tags = { Team = "platform" }
}

data "aws_ami" "ubuntu" {
  most_recent = true
}

resource "aws_instance" "web" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t3.micro"

  lifecycle {
    create_before_destroy = true
  }

  provisioner "local-exec" {
    command = "echo ${self.private_ip}"
  }
}

module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}

output "instance_id" {
  value = aws_instance.web.id
}
"""


def test_hcl_terraform_outline() -> None:
    assert (
        extract_outline("main.tf", SOURCE)
        == """\
section terraform  1-6
section aws  8-10
variable region  12-16
const name_prefix  19-19
const common_tags  20-20
object data.aws_ami.ubuntu  23-25
object aws_instance.web  27-38
  section aws_instance.web.local-exec  35-37
namespace vpc  40-42
const instance_id  44-46
"""
    )


def test_hcl_blocks_without_labels_inside_a_block_are_part_of_it() -> None:
    found = entities("main.tf", SOURCE)
    assert not any("lifecycle" in name or "required_providers" in name for name in found)
    assert "required_version" not in found


def test_hcl_type_and_labels_are_the_signature() -> None:
    source = 'resource "aws_instance" "web" {\n  ami = "x"\n}\n'
    old = entities("main.tf", source)["aws_instance.web"].fingerprint
    retyped = entities("main.tf", source.replace("aws_instance", "aws_spot_instance"))
    assert retyped["aws_spot_instance.web"].fingerprint.header_hash != old.header_hash
    edited = entities("main.tf", source.replace('"x"', '"y"'))["aws_instance.web"].fingerprint
    assert edited.header_hash == old.header_hash
    assert edited.own_body_hash != old.own_body_hash


def test_hcl_variable_files_and_nomad_jobs() -> None:
    tfvars = 'region        = "us-east-1"\ninstance_type = "t3.large"\n'
    assert extract_outline("prod.tfvars", tfvars) == ("key region  1-1\nkey instance_type  2-2\n")
    job = (
        'job "docs" {\n  group "web" {\n    task "server" {\n'
        '      driver = "docker"\n    }\n  }\n}\n'
    )
    assert extract_outline("docs.nomad", job) == (
        "section docs  1-7\n  section docs.web  2-6\n    section docs.web.server  3-5\n"
    )

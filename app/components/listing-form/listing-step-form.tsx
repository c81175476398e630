import type { ListingStep } from "~/domain/listing/listing-schema";
import { AreaStep } from "./area-step";
import { ContactsStep } from "./contacts-step";
import { IdentityStep } from "./identity-step";
import { LabelsStep } from "./labels-step";
import { MissionStep } from "./mission-step";
import { OfferingsStep } from "./offerings-step";
import type { StepFormProps } from "./step-form";

const FORMS: Record<ListingStep, (props: StepFormProps) => React.ReactNode> = {
  identity: IdentityStep,
  mission: MissionStep,
  offerings: OfferingsStep,
  area: AreaStep,
  contacts: ContactsStep,
  labels: LabelsStep,
};

/** The form of one registration step. */
export function ListingStepForm(props: StepFormProps) {
  const StepForm = FORMS[props.step];
  return <StepForm {...props} />;
}

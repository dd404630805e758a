// The ticket wizard: Hamta's steps one at a time over a draft that is saved as it is typed.
import type { JSX } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { createTicketFromDraft } from '../../data/tickets';
import { WIZARD_STEPS, type WizardStep } from '../../domain/schemas';
import { buildSubmission } from '../../domain/submission';
import { useTicket } from '../hooks/data';
import { useMessages } from '../i18n/core';
import { findingMessages, findingText } from '../i18n/findings';
import { wizardMessages, type WizardMessages } from '../i18n/wizard';
import { paths, useAddress } from '../addresses';
import type { ScreenProps } from '../router';
import { Link, navigate } from '../router';
import { afterSubmit } from './afterSubmit';
import { ChecklistStep } from './ChecklistStep';
import { CorrectStep } from './CorrectStep';
import { DescriptionStep } from './DescriptionStep';
import { GuideStep } from './GuideStep';
import { RegisteredStep } from './RegisteredStep';
import { ReviewStep, usePrecheckContext } from './ReviewStep';
import { SaveState } from './SaveState';
import { serverIssuesOf } from './serverIssues';
import { StepList } from './StepList';
import type { StepProps } from './stepProps';
import { SubjectStep } from './SubjectStep';
import { useDraftEditor, type DraftEditor } from './useDraftEditor';
import { blockingFindings, fieldIdOf, nextStep, previousStep, stepIndex } from './wizardFlow';

const STEP_TITLES = {
  subject: 'subjectTitle',
  guide: 'guideTitle',
  correct: 'correctTitle',
  registered: 'registeredTitle',
  checklist: 'checklistTitle',
  description: 'descriptionTitle',
  review: 'reviewTitle',
} as const satisfies Record<WizardStep, keyof WizardMessages>;

const STEP_SCREENS: Record<WizardStep, (props: StepProps) => JSX.Element> = {
  subject: SubjectStep,
  guide: GuideStep,
  correct: CorrectStep,
  registered: RegisteredStep,
  checklist: ChecklistStep,
  description: DescriptionStep,
  review: ReviewStep,
};

export function TicketWizardScreen({ params }: ScreenProps): JSX.Element {
  const t = useMessages(wizardMessages);
  const address = useAddress();
  const editor = useDraftEditor(params.id ?? '');
  if (editor.status === 'loading') {
    return (
      <p class="loading" role="status">
        {t.loading}
      </p>
    );
  }
  if (editor.status === 'missing') {
    return (
      <section aria-labelledby="wizard-title">
        <h1 id="wizard-title">{t.title}</h1>
        <p>{t.notFound}</p>
        <Link href={address(paths.problems())}>{t.backToList}</Link>
      </section>
    );
  }
  return <Wizard editor={editor} />;
}

function focusById(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  element.focus();
  return true;
}

function Wizard({ editor }: { editor: Extract<DraftEditor, { status: 'ready' }> }): JSX.Element {
  const t = useMessages(wizardMessages);
  const words = useMessages(findingMessages);
  const address = useAddress();
  const context = usePrecheckContext();
  const { draft, change } = editor;
  const step = draft.step;
  const refused = useTicket(draft.resubmissionOf);
  const serverIssue = serverIssuesOf(refused.data, t);
  const [attempted, setAttempted] = useState<ReadonlySet<WizardStep>>(new Set());
  const [submitState, setSubmitState] = useState<'idle' | 'submitting' | 'blocked' | 'failed'>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // A new step moves focus to its title, so keyboard and screen-reader users start at its top. Before the step is
  // painted: moved later, the focus would leave a field the person had already tapped on the new step.
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const blocking = attempted.has(step) ? blockingFindings(draft, step) : [];

  const goTo = (target: WizardStep): void => {
    setSubmitState('idle');
    change((current) => ({ ...current, step: target }));
    window.scrollTo(0, 0);
  };

  const onNext = (): void => {
    const problems = blockingFindings(draft, step);
    const following = nextStep(step);
    if (problems.length === 0) {
      if (following) goTo(following);
      return;
    }
    setAttempted((previous) => new Set(previous).add(step));
    const first = problems[0];
    const id = first ? fieldIdOf(first) : null;
    // After the re-render that marks the fields invalid.
    setTimeout(() => {
      if (!id || !focusById(id)) focusById('wizard-blocked');
    }, 0);
  };

  const onBack = (): void => {
    const previous = previousStep(step);
    if (previous) goTo(previous);
    else navigate(address(paths.problems()));
  };

  const onSubmit = async (): Promise<void> => {
    if (submitState === 'submitting') return;
    const built = buildSubmission(draft, new Date(), context);
    if (!built.ok) {
      setSubmitState('blocked');
      setTimeout(() => focusById('review-errors'), 0);
      return;
    }
    setSubmitState('submitting');
    try {
      await editor.flush();
      const ticket = await createTicketFromDraft(draft, built.submission);
      navigate(address(await afterSubmit(ticket)), { replace: true });
    } catch (error) {
      console.error('Could not store the ticket', error);
      setSubmitState('failed');
    }
  };

  const Step = STEP_SCREENS[step];
  const title = t[STEP_TITLES[step]];
  return (
    <section aria-labelledby="wizard-title">
      <h1 id="wizard-title">{t.title}</h1>
      <StepList current={step} />
      <SaveState state={editor.saveState} />
      <p class="muted">{t.stepOf(stepIndex(step) + 1, WIZARD_STEPS.length)}</p>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <div id="wizard-blocked" tabIndex={-1} role="alert">
        {blocking.length > 0 ? (
          <div class="notice notice-error">
            <p>{t.fixFirst(blocking.length)}</p>
            <ul>
              {blocking.map((finding, index) => (
                <li key={index}>{findingText(words, finding)}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <Step draft={draft} change={change} showErrors={attempted.has(step)} goTo={goTo} serverIssue={serverIssue} />
      <p role="status" class={submitState === 'blocked' || submitState === 'failed' ? 'notice notice-error' : 'visually-hidden'}>
        {submitState === 'blocked'
          ? t.submitBlocked
          : submitState === 'failed'
            ? t.submitFailed
            : submitState === 'submitting'
              ? t.submitting
              : ''}
      </p>
      <div class="actions">
        <button type="button" class="secondary" onClick={onBack}>
          {t.back}
        </button>
        {step === 'review' ? (
          <button type="button" onClick={() => void onSubmit()} disabled={submitState === 'submitting'}>
            {t.submit}
          </button>
        ) : (
          <button type="button" onClick={onNext}>
            {t.next}
          </button>
        )}
      </div>
    </section>
  );
}

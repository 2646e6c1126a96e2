// A round avatar with initials in the person's colour; the name is its accessible label and tooltip,
// unless it is decorative (the name is already written next to it).
import { initialsOf } from '../identity/local-identity';

export function Avatar(props: { name: string; color: string; size?: 'small' | 'normal'; decorative?: boolean }) {
  return (
    <span
      class="avatar"
      classList={{ 'avatar--small': props.size === 'small' }}
      style={{ 'background-color': props.color }}
      role={props.decorative ? undefined : 'img'}
      aria-label={props.decorative ? undefined : props.name}
      aria-hidden={props.decorative ? 'true' : undefined}
      title={props.name}
    >
      {initialsOf(props.name)}
    </span>
  );
}
